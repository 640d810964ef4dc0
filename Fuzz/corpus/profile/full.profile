P
# advisor profile: what you told the advisor about yourself (:forget erases it)
role: project_engineer
years: 3
discipline: civil
industry: aerospace
degrees: bachelors, mem
certifications: pmp
goal: engineering_director
