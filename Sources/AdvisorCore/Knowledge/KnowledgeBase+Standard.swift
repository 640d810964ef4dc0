extension KnowledgeBase {
  /// The knowledge base built from the seed article and `career-facts.md`.
  ///
  /// Roles are in ladder order: entry and mid level, advanced leadership (with the
  /// operations and construction managers), executive, then the specialization roles.
  public static let standard = KnowledgeBase(
    roles: earlyRoles
      + leadershipRoles.filter { $0.stage == .advanced }
      + fieldLeadershipRoles
      + leadershipRoles.filter { $0.stage == .executive }
      + specialistRoles,
    ladder: ladderStages,
    progression: summaryProgression,
    managerVersusDirector: managerDirectorRows,
    degrees: degreeEntries,
    educationNotes: educationFacts,
    certifications: certificationEntries,
    certificationNotes: certificationFacts,
    specializations: specializationEntries,
    industries: industryEntries,
    industryFacts: industryOverview,
    disciplines: disciplineEntries,
    fieldPay: fieldPayFigures,
    advancementSkills: advancementSkillFacts,
    outlook: outlookFacts,
    outlookFigures: outlookFigureList,
    sources: sourceCatalogue)
}
