import PlanwrightDocument

extension NodeReader {
    /// A school's `needs_support`, in the plan's `schools` or beside a OneRoster import:
    /// a list of needs, or `true` for a general one. Nil for `false` and for what is not either.
    func supportNeeds(_ value: YAMLNode, ofSchool id: String, _ what: @autoclosure () -> Message) -> [SupportNeed]? {
        if value.isSequence {
            return value.items.compactMap { choice($0, Message("decode_each_need_of_school", ["school": .text(id)]), as: SupportNeed.self) }
        }
        return boolean(value, what()) == true ? [.general] : nil
    }
}
