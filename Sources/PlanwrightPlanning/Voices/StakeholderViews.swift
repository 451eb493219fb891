import PlanwrightModel

/// What the surveys of `voices:` said, summarised per indicator and group and set against the
/// team's rating: the one hand-off of stakeholder views to every output (the district plan,
/// the board page, `plan.json`, `status`, `diff`).
///
/// Facts only, and already protected: a figure for fewer than `minResponses` answers is nil
/// (read it as "fewer than `minResponses`"), and so is any figure that would let one be worked
/// out by subtraction. An output never needs the responses themselves, and never sees them.
/// Levels are the framework's numbers (`RatingScale.numbers`), with their names beside them.
public struct StakeholderViews: Sendable, Codable, Equatable {
    /// The fewest responses a figure is shown for.
    public var minResponses: Int
    /// Each group that answered, with how many answered, in all and per school.
    public var groups: [GroupResponses]
    /// Each indicator some survey asks about, those a group sees two levels or more below the team first.
    public var indicators: [IndicatorViews]
}

/// How many of a group answered its surveys.
public struct GroupResponses: Sendable, Codable, Equatable {
    public var group: VoiceGroup
    /// Respondents (rows of the exports); nil when fewer than the threshold.
    public var responses: Int?
    /// Per school, when the survey asks for it: respondents, nil when suppressed.
    public var schools: [SchoolResponses]
    /// Answers to open questions: counted, their text never kept. Nil with `responses`.
    public var freeTextAnswers: Int?
}

/// One school's count in a group; nil when suppressed.
public struct SchoolResponses: Sendable, Codable, Equatable {
    public var school: String
    public var responses: Int?
}

/// One indicator: the team's rating and each group's view of it.
public struct IndicatorViews: Sendable, Codable, Equatable {
    public var indicator: String
    public var name: String
    /// The team's current rating, as a level number and its name.
    public var teamLevel: Int
    public var teamLevelName: String
    public var groups: [GroupView]
    /// Some group sees it two levels or more below the team: discuss it.
    public var flagged: Bool { groups.contains(where: \.flagged) }
}

/// One group's answers on one indicator.
///
/// The middle answer (median) and the middle half of answers (lower to upper quartile) are
/// what is shown: on a scale of a few levels an average invents levels no one chose, and the
/// lowest to highest answer would be set by a single respondent, whom a small group could
/// identify. With an even number of answers the median is the upper of the two middle ones,
/// so a group is flagged only when more than half of it rates two levels below the team.
public struct GroupView: Sendable, Codable, Equatable {
    public var group: VoiceGroup
    /// Answers on this indicator; nil when suppressed, and then every figure below is nil too.
    public var responses: Int?
    public var median: Int?
    public var medianName: String?
    public var lowerQuartile: Int?
    public var upperQuartile: Int?
    /// Team level − median, in levels: positive when the group sees the district lower.
    public var gap: Int?
    /// Answers per school, suppressed as `GroupResponses.schools` is.
    public var schools: [SchoolResponses]

    /// The group rates the district two levels or more below the team.
    public var flagged: Bool { (gap ?? 0) >= PerceptionGap.flaggedAt }
}

/// A group that rates an indicator well below the team, as a priority carries it.
public struct PerceptionGap: Sendable, Codable, Equatable {
    public var group: VoiceGroup
    public var teamLevel: Int
    public var teamLevelName: String
    public var groupMedian: Int
    public var groupMedianName: String

    /// Levels between the team's rating and the group's.
    public var levels: Int { teamLevel - groupMedian }

    /// The rule: two levels apart is a real difference of view, one is noise.
    public static let flaggedAt = 2
}
