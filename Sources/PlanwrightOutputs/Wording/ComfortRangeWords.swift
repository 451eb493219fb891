import PlanwrightDocument
/// A training track's comfort levels as handouts and the terminal write them: "1-2", or "3" for one level.
enum ComfortRangeWords {
    static func range(_ levels: ClosedRange<Int>, _ w: Wording) -> String {
        levels.lowerBound == levels.upperBound ? w.number(levels.lowerBound)
            : w(.comfortRange, ["low": w.number(levels.lowerBound), "high": w.number(levels.upperBound)])
    }
}
