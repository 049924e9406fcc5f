// module DisplayListTests
