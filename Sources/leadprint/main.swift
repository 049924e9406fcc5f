print("leadprint")
