P
# advisor profile

certifications: pmp, csm
goal: cto
