// module Render
