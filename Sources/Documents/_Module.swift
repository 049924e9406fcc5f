// module Documents
