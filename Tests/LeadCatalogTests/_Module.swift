// module LeadCatalogTests
