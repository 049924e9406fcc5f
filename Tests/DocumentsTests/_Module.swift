// module DocumentsTests
