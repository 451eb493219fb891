import PlanwrightModel

/// How the self-assessment changed: its date, and each indicator whose level or target moved.
public struct AssessmentChanges: Sendable, Codable, Equatable {
    public var oldDate: SchoolDate
    public var newDate: SchoolDate
    /// In the new assessment's order, then indicators only the old one rated.
    public var levels: [LevelChange]

    public var isEmpty: Bool { oldDate == newDate && levels.isEmpty }
}

public struct LevelChange: Sendable, Codable, Equatable {
    public enum Direction: String, Sendable, Codable {
        case up, down
        /// The same level with another target.
        case newTarget = "new_target"
        /// The same levels, named differently by a changed framework scale.
        case renamed
        /// Rated in the new assessment only.
        case rated
        /// Rated in the old assessment only.
        case unrated
    }

    public var indicator: String
    public var name: String
    public var domain: String
    /// Level names on each version's scale; nil where the indicator is not rated.
    public var oldCurrent: String?
    public var newCurrent: String?
    public var oldTarget: String?
    public var newTarget: String?
    /// Of the current level.
    public var direction: Direction
}

enum AssessmentComparison {
    static func compare(_ old: PlanDiffer.Side, _ new: PlanDiffer.Side) -> AssessmentChanges {
        let before = Dictionary(old.planned.assessment.map { ($0.indicator, $0) }, uniquingKeysWith: { a, _ in a })
        let oldScale = old.planned.scale, newScale = new.planned.scale
        var levels: [LevelChange] = new.planned.assessment.compactMap { now in
            let was = before[now.indicator]
            let oldCurrent = was.map { oldScale.levelName($0.current) }, oldTarget = was.map { oldScale.levelName($0.target) }
            let newCurrent = newScale.levelName(now.current), newTarget = newScale.levelName(now.target)
            guard oldCurrent != newCurrent || oldTarget != newTarget else { return nil }
            let direction: LevelChange.Direction = switch was?.current {
            case nil: .rated
            case let current? where current < now.current: .up
            case let current? where current > now.current: .down
            default: was?.target == now.target ? .renamed : .newTarget
            }
            return LevelChange(indicator: now.indicator, name: now.name, domain: now.domainName, oldCurrent: oldCurrent,
                               newCurrent: newCurrent, oldTarget: oldTarget, newTarget: newTarget, direction: direction)
        }
        let rated = Set(new.planned.assessment.map(\.indicator))
        levels += old.planned.assessment.filter { !rated.contains($0.indicator) }.map { was in
            LevelChange(indicator: was.indicator, name: was.name, domain: was.domainName, oldCurrent: oldScale.levelName(was.current),
                        oldTarget: oldScale.levelName(was.target), direction: .unrated)
        }
        return AssessmentChanges(oldDate: old.planned.assessmentDate, newDate: new.planned.assessmentDate, levels: levels)
    }
}
