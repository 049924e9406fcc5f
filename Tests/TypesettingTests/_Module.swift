// module TypesettingTests
