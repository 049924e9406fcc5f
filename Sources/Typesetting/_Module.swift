// module Typesetting
