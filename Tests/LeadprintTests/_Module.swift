// module LeadprintTests
