// module DisplayList
