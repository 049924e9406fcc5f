// module GeometryTests
