// module LeadCatalog
