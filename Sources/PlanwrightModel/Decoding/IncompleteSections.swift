/// What the decoder could not read in full, so later checks do not repeat its problems.
///
/// A milestone with a bad `days` is still a milestone others may come `after`;
/// a plan without `staff` should not also report every pin as unknown.
struct IncompleteSections {
    enum Section: Hashable { case schools, staff, milestones, tools }

    /// Sections absent or unreadable as a whole: references into them are not checked.
    var missing: Set<Section> = []
    /// Ids of entries that were read only in part: references to them resolve.
    private var partial: [Section: Set<String>] = [:]

    mutating func add(_ id: String?, to section: Section) {
        if let id { partial[section, default: []].insert(id) }
    }

    func ids(_ section: Section) -> Set<String> { partial[section] ?? [] }
}
