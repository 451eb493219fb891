import PlanwrightDocument

/// How a staff member's comfort and grades are written, in the plan's `staff` and in a staff
/// survey's cells alike. Each caller words its own messages: one points at a plan field, the
/// other at a survey cell.
package enum ComfortAndGrades {
    static let comfortScale = 1...5
    package static let levelOfUseNames = Comfort.LevelOfUse.allCases.map(\.rawValue)
    /// What follows "…, which is not a grade;" for `written`: for transitional kindergarten
    /// (`TK`, `TK-6`), which the plan's grades do not hold, the choice is the district's, so it
    /// is named rather than made: read as K before, a TK class was planned as kindergarten unasked.
    /// `single` where one grade is asked for (a school's students counted by grade).
    package static func advicePhrase(for written: String, single: Bool = false) -> Message {
        guard GradeSet.isTransitionalKindergarten(written) else { return single ? Message("decode_grade_advice_single") : Message("decode_grade_advice") }
        return Message("decode_grade_advice_transitional_kindergarten")
    }

    package enum ComfortText {
        case comfort(Comfort)
        /// A number, but not from 1 to 5.
        case outOfScale(Int)
        /// Neither a number nor a Level of Use name.
        case unknown
    }

    /// 1–5, or a CBAM Level of Use name such as `Routine`.
    package static func comfort(_ text: String) -> ComfortText {
        if let number = Int(text) { return comfortScale.contains(number) ? .comfort(Comfort(value: number)) : .outOfScale(number) }
        if let level = Comfort.LevelOfUse(name: text) { return .comfort(Comfort(value: level.comfort, levelOfUse: level)) }
        return .unknown
    }

    /// The grades `items` name together; `notAGrade` hears of each item that names none.
    package static func grades(_ items: some Sequence<String>, notAGrade: (String) -> Void) -> GradeSet {
        var set = GradeSet()
        for item in items {
            if let grades = GradeSet.parse(item) { set.bits |= grades.bits } else { notAGrade(item) }
        }
        return set
    }
}
