import PlanwrightDocument

/// The self-assessment: where the district stands on each indicator and where it wants to be.
public struct Assessment: Sendable {
    public var date: SchoolDate
    public var ratings: [Rating]
    public var location: SourceLocation
}

/// A level on the framework's rating scale, counted from 0 at the lowest level.
public struct Level: Hashable, Comparable, Sendable, Codable {
    public var index: Int
    public init(_ index: Int) { self.index = index }
    public static func < (a: Level, b: Level) -> Bool { a.index < b.index }
}

public struct Rating: Sendable {
    public var indicator: Reference
    public var current: Level
    /// Where the district aims to be; none means one level up.
    public var target: Level?
    /// Markdown: what the team saw that supports the rating.
    public var evidence: String?
    /// Team members rate alone before they agree; kept to spot disagreement.
    public var raters: [RaterRating]
    public var schools: [SchoolRating]
    public var location: SourceLocation
    /// The framework's steps toward the next level finished in an earlier year (`steps_done`,
    /// by step id such as shared-vision-1): the planner does not plan them again.
    public var stepsDone: [Reference] = []
}

public struct RaterRating: Sendable {
    public var rater: Reference
    public var level: Level
}

public struct SchoolRating: Sendable {
    public var school: Reference
    public var level: Level
}
