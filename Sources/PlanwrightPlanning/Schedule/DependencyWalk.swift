/// Everything a milestone waits for, directly or not: its `after` chain, each milestone once.
enum DependencyWalk {
    /// `lookup` finds a milestone by id (ids it does not know are skipped); `after` gives its dependencies.
    static func ancestors<Item>(of start: [String], lookup: (String) -> Item?, after: (Item) -> [String]) -> [Item] {
        var found: [Item] = [], seen = Set<String>(), stack = start
        while let id = stack.popLast() {
            guard seen.insert(id).inserted, let item = lookup(id) else { continue }
            found.append(item)
            stack += after(item)
        }
        return found
    }
}
