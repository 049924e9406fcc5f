// module LayoutTests
