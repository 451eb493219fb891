import PlanwrightDocument

extension NodeReader {
    /// A school's `needs_support`, in the plan's `schools` or beside a OneRoster import:
    /// a list of needs, or `true` for a general one. Nil for `false` and for what is not either.
    func supportNeeds(_ value: YAMLNode, ofSchool id: String, _ what: @autoclosure () -> String) -> [SupportNeed]? {
        if value.isSequence {
            return value.items.compactMap { choice($0, "each need of school '\(id)'", as: SupportNeed.self) }
        }
        return boolean(value, what()) == true ? [.general] : nil
    }
}
