// module RenderTests
