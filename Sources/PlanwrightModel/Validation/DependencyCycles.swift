/// Finds circular dependencies, one per tangle, each as the whole circle (`a → b → c → a`).
enum DependencyCycles {
    /// A circle of ids; `closing` is the first link of it, as written in the file.
    struct Cycle {
        var ids: [String]
        var closing: Reference

        var description: String { (ids + [ids[0]]).joined(separator: " → ") }
    }

    /// `edges[id]` are the ids that `id` depends on. Nodes are visited in `order` so results are deterministic.
    static func find(order ids: [String], edges: [String: [Reference]]) -> [Cycle] {
        // Duplicate ids are reported elsewhere; here the first of each counts.
        var seen: Set<String> = []
        let order = ids.filter { seen.insert($0).inserted }
        let components = stronglyConnected(order: order, edges: edges)
        var cycles: [Cycle] = []
        for component in components {
            let members = Set(component)
            let selfLoop = component.count == 1 && (edges[component[0]] ?? []).contains { $0.id == component[0] }
            guard component.count > 1 || selfLoop else { continue }
            if let cycle = circle(from: component[0], within: members, edges: edges) { cycles.append(cycle) }
        }
        return cycles
    }

    /// A simple circle through `start` inside one strongly connected component.
    private static func circle(from start: String, within members: Set<String>, edges: [String: [Reference]]) -> Cycle? {
        var path: [String] = [start]
        var onPath: Set<String> = [start]
        var visited: Set<String> = []
        var result: Cycle?

        func visit(_ id: String) {
            for reference in edges[id] ?? [] where result == nil && members.contains(reference.id) {
                if reference.id == start {
                    // Point at the first link, where the printed circle starts.
                    let next = path.count > 1 ? path[1] : start
                    let first = (edges[start] ?? []).first { $0.id == next } ?? reference
                    result = Cycle(ids: path, closing: first)
                    return
                }
                guard !onPath.contains(reference.id), !visited.contains(reference.id) else { continue }
                path.append(reference.id); onPath.insert(reference.id)
                visit(reference.id)
                path.removeLast(); onPath.remove(reference.id)
                visited.insert(reference.id)
            }
        }
        visit(start)
        return result
    }

    /// Tarjan's algorithm, iterative so deep chains cannot overflow the stack.
    private static func stronglyConnected(order: [String], edges: [String: [Reference]]) -> [[String]] {
        var index: [String: Int] = [:], low: [String: Int] = [:]
        var stack: [String] = [], onStack: Set<String> = []
        var components: [[String]] = []
        var counter = 0
        let known = Set(order)
        let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })

        for root in order where index[root] == nil {
            var work: [(id: String, next: Int)] = [(root, 0)]
            index[root] = counter; low[root] = counter; counter += 1
            stack.append(root); onStack.insert(root)
            while let (id, next) = work.last {
                let targets = (edges[id] ?? []).filter { known.contains($0.id) }
                if next < targets.count {
                    work[work.count - 1].next += 1
                    let target = targets[next].id
                    if index[target] == nil {
                        index[target] = counter; low[target] = counter; counter += 1
                        stack.append(target); onStack.insert(target)
                        work.append((target, 0))
                    } else if onStack.contains(target) {
                        low[id] = min(low[id]!, index[target]!)
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last { low[parent.id] = min(low[parent.id]!, low[id]!) }
                if low[id] == index[id] {
                    var component: [String] = []
                    while let top = stack.popLast() {
                        onStack.remove(top)
                        component.append(top)
                        if top == id { break }
                    }
                    components.append(component.sorted { position[$0]! < position[$1]! })
                }
            }
        }
        return components.sorted { position[$0[0]]! < position[$1[0]]! }
    }
}
