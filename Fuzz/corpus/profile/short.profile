P
role: engineering_manager
years: 12
