import PlanwrightDocument

/// An improvement framework: domains of indicators, a rating scale, and the steps that
/// raise each indicator a level. Plans are rated and planned against one.
public struct Framework: Sendable {
    public var id: String
    public var name: String
    public var summary: String?
    public var scale: RatingScale
    public var domains: [Domain]
    /// For each owner role its steps name ("edtech leader"), lowercased, the words that mark it
    /// in a team member's role title ("digital learning"), in the order they are tried.
    public var roles: [String: [String]]
    /// Where it was read from: a built-in name or a file path.
    public var file: String

    public var indicators: [Indicator] { domains.flatMap(\.indicators) }

    public func indicator(_ id: String) -> Indicator? { indicators.first { $0.id == id } }
}

public struct RatingScale: Sendable {
    /// Level names, lowest first.
    public var levels: [String]
    /// The number written for the lowest level (1 for most scales, 0 for a 0–10 scale).
    public var firstNumber: Int
    /// Named ranges of levels, such as Future Ready's four bands over 0–10.
    public var bands: [Band]

    public struct Band: Sendable {
        public var name: String
        public var from: Int
        public var to: Int
    }

    public var numbers: ClosedRange<Int> { firstNumber...(firstNumber + levels.count - 1) }

    public func level(number: Int) -> Level? { numbers.contains(number) ? Level(number - firstNumber) : nil }

    public func level(named name: String) -> Level? {
        let key = name.lowercased()
        if let index = levels.firstIndex(where: { $0.lowercased() == key }) { return Level(index) }
        return nil
    }

    public func name(of level: Level) -> String { levels.levelName(level.index) }

    /// The level a rating aims for: its target, or one level up from where it is, at most the
    /// top. The ranking, the assessment chart and the plan's JSON all take it from here.
    public func aim(of rating: Rating) -> Level {
        rating.target ?? Level(min(rating.current.index + 1, levels.count - 1))
    }

    public func number(of level: Level) -> Int { firstNumber + level.index }

    /// "a number from 1 to 5 or one of Not started, Emerging, ...", for messages.
    public var describedForMessages: String {
        "a level: a number from \(numbers.lowerBound) to \(numbers.upperBound) or one of \(levels.joined(separator: ", "))"
    }
}

public struct Domain: Sendable {
    public var id: String
    public var name: String
    public var summary: String?
    public var indicators: [Indicator]
}

public struct Indicator: Sendable {
    public var id: String
    public var name: String
    public var domain: String
    /// What each level looks like, one per level of the scale.
    public var levels: [String]
    /// Indicators that should be established before this one is worked on.
    public var requires: [Reference]
    /// Steps that raise this indicator one level.
    public var steps: [MilestoneStep]
    public var weight: Double
    /// What the indicator's work is about, where checks need to know (pitfall 1: infrastructure
    /// and in-person support at the schools that would struggle).
    public var concerns: Set<IndicatorConcern>
    /// The figures of the district's tool inventory that a plan's evidence for this indicator
    /// shows (`evidence_from:`), so a re-assessment argues from numbers. Declared here, by the
    /// framework, and never by matching indicator ids in code: a district's own framework can
    /// draw on its inventory the same way.
    public var evidenceFrom: [InventoryFigure] = []
    public var location: SourceLocation
}

/// A figure of the tool inventory an indicator's evidence can show.
public enum InventoryFigure: String, CaseIterable, Sendable, Codable {
    /// How many tools the inventory lists.
    case tools
    /// How many of them have single sign-on and rostering both in place.
    case toolsIntegration = "tools_integration"
    /// The median share of licences in use, on the latest count.
    case toolsUtilization = "tools_utilization"
}

/// A subject of an indicator's work that a plan check looks for.
public enum IndicatorConcern: String, CaseIterable, Sendable {
    case infrastructure, support
}

/// A step in a framework's milestone library.
public struct MilestoneStep: Sendable {
    public var title: String
    public var days: Int
    public var kind: MilestoneKind
    /// The role that usually owns this step, such as "principal".
    public var owner: String?
    public var description: String?
}
