/// Minimum-cost maximum flow by successive shortest paths (Dijkstra with potentials).
///
/// Sized for one school's champion matching (tens of nodes), so Dijkstra scans an array
/// instead of keeping a heap: O(V²) per augmenting path and no allocation inside the loop.
struct MinCostFlow {
    private struct Edge {
        var to: Int
        var capacity: Int
        var cost: Int
    }

    private var edges: [Edge] = []
    private var outgoing: [[Int]]

    init(nodes: Int) { outgoing = Array(repeating: [], count: nodes) }

    /// Adds an arc and its residual twin; returns the arc's index for `flow(on:)`.
    @discardableResult
    mutating func addEdge(from: Int, to: Int, capacity: Int, cost: Int) -> Int {
        outgoing[from].append(edges.count)
        edges.append(Edge(to: to, capacity: capacity, cost: cost))
        outgoing[to].append(edges.count)
        edges.append(Edge(to: from, capacity: 0, cost: -cost))
        return edges.count - 2
    }

    /// Flow now on the arc `addEdge` returned.
    func flow(on edge: Int) -> Int { edges[edge ^ 1].capacity }

    /// Pushes as much flow as possible from `source` to `sink` at the least total cost.
    /// Costs must be non-negative on the arcs added (residual arcs may be negative).
    mutating func solve(source: Int, sink: Int) -> (flow: Int, cost: Int) {
        let n = outgoing.count
        var potential = [Int](repeating: 0, count: n)
        var distance = [Int](repeating: 0, count: n)
        var viaEdge = [Int](repeating: -1, count: n)
        var done = [Bool](repeating: false, count: n)
        var totalFlow = 0, totalCost = 0
        while true {
            for i in 0..<n { distance[i] = .max; viaEdge[i] = -1; done[i] = false }
            distance[source] = 0
            while true {
                var node = -1
                for i in 0..<n where !done[i] && distance[i] != .max && (node < 0 || distance[i] < distance[node]) { node = i }
                guard node >= 0 else { break }
                done[node] = true
                for e in outgoing[node] where edges[e].capacity > 0 {
                    let to = edges[e].to
                    let reduced = distance[node] + edges[e].cost + potential[node] - potential[to]
                    if reduced < distance[to] { distance[to] = reduced; viaEdge[to] = e }
                }
            }
            guard distance[sink] != .max else { break }
            for i in 0..<n where distance[i] != .max { potential[i] += distance[i] }
            var push = Int.max, node = sink
            while node != source { let e = viaEdge[node]; push = min(push, edges[e].capacity); node = edges[e ^ 1].to }
            node = sink
            while node != source {
                let e = viaEdge[node]
                edges[e].capacity -= push
                edges[e ^ 1].capacity += push
                totalCost += push * edges[e].cost
                node = edges[e ^ 1].to
            }
            totalFlow += push
        }
        return (totalFlow, totalCost)
    }
}
