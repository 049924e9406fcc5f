// module Layout
