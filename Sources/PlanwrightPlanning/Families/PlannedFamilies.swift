import PlanwrightModel

/// What family and student pages are made from: facts and the plan's own text for families,
/// never an English sentence (each page words them in its language).
public struct PlannedFamilies: Sendable {
    /// The languages family pages are made in, ISO 639-1, English first when it is among them.
    public var languages: [String] = [LocalizedText.planLanguage]
    /// By school id.
    public var schools: [String: FamilySchool] = [:]
    /// `for_families` of goals, by goal id.
    public var goals: [String: LocalizedText] = [:]
    /// By milestone id: only milestones families are told of (see `FamilyPlanner`).
    public var milestones: [String: FamilyMilestone] = [:]

    public init() {}
}

public struct FamilySchool: Sendable {
    /// Its name per language, where the plan gives one; the English is `PlannedSchool.name`.
    public var name: LocalizedText?
    public var homeLanguages: [HomeLanguage]
    /// The school's own help, or the district's.
    public var help: [FamilyHelp]
    /// Whether its students get a page of their own: it teaches grade 7 or above (a middle,
    /// junior high, high or K–8 school).
    public var hasStudentPage: Bool
}

/// A step of work families are told of, as facts: the page words it.
public struct FamilyMilestone: Sendable {
    /// What the plan writes for families; nil when it writes nothing and the page says only
    /// the kind of change and its dates.
    public var forFamilies: LocalizedText?
    /// A small group trying something first, or everyone starting.
    public var stage: FamilyStage
    /// What changes, from what the work buys.
    public var change: FamilyChange
}

public enum FamilyStage: String, Sendable {
    /// A pilot: a few classes try it first.
    case trial
    /// A rollout: every class it is for starts.
    case everyone
    /// Any other step the plan wrote for families.
    case step
}

/// The kind of change a step brings to students, from the categories of what it costs: never
/// its title, which may name staff or use the district's own words.
public enum FamilyChange: String, Sendable {
    case devices
    case software
    case network
    case practice
}
