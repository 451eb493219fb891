import PlanwrightModel

/// Which tools of one purpose reach the same school and grade, found in time linear in the
/// schools and grades each tool reaches: every tool is filed under each (school, grade) it
/// reaches, once, and tools filed together overlap. Comparing every pair of tools' scopes
/// would be 125,000 comparisons for a state's 500 tools, each over its schools.
struct ToolOverlaps {
    /// For each purpose, the tools (by index into the inventory) filed under each school and grade.
    private var cells: [ToolPurpose: [Int: [Int]]] = [:]
    private let scopeSchools: ScopeSchools
    /// Schools and grades visited and tools filed or looked up: what the scale test counts.
    private(set) var work = 0

    /// `reach[i]` is the schools (plan positions) tool `i`'s scope reaches.
    init(tools: [Tool], reach: [[Int]], scopeSchools: ScopeSchools) {
        self.scopeSchools = scopeSchools
        // Filed in place: a copy of a purpose's cells per tool would be the quadratic cost again.
        var cells: [ToolPurpose: [Int: [Int]]] = [:], work = 0
        for (index, tool) in tools.enumerated() {
            // `other` is what fits nowhere: two such tools are not doing the same job.
            guard let purpose = tool.purpose?.value, purpose != .other else { continue }
            Self.forEachCell(reach[index], grades: tool.scope.grades, schools: scopeSchools, work: &work) {
                cells[purpose, default: [:]][$0, default: []].append(index)
            }
        }
        self.cells = cells
        self.work = work
    }

    /// Calls `body` with the key of each (school, grade) that `positions` reach in `grades`
    /// (nil for every grade). A school whose grades the plan does not give is taken at every grade
    /// of the scope, as `Scope.includes` takes it.
    private static func forEachCell(_ positions: [Int], grades: GradeSet?, schools: ScopeSchools, work: inout Int, _ body: (Int) -> Void) {
        let scopeBits = (grades ?? .all).bits
        for position in positions {
            let schoolBits = schools[position].grades.bits
            var bits = schoolBits == 0 ? scopeBits : scopeBits & schoolBits
            work += 1
            while bits != 0 {
                let grade = bits.trailingZeroBitCount
                bits &= bits - 1
                work += 1
                body(position << 4 | grade)
            }
        }
    }

    /// Groups of tools that overlap, each with the schools where two or more of them meet: one
    /// group per set of tools linked by shared schools and grades, in the inventory's order.
    mutating func groups() -> [(purpose: ToolPurpose, tools: [Int], schools: [Int])] {
        var result: [(purpose: ToolPurpose, tools: [Int], schools: [Int])] = []
        for purpose in ToolPurpose.allCases {
            guard let filed = cells[purpose] else { continue }
            var parent: [Int: Int] = [:]
            func root(_ tool: Int) -> Int {
                var tool = tool
                while let up = parent[tool], up != tool { parent[tool] = parent[up] ?? up; tool = up }
                return tool
            }
            for tools in filed.values where tools.count > 1 {
                for tool in tools.dropFirst() {
                    work += 1
                    let a = root(tools[0]), b = root(tool)
                    if a != b { parent[max(a, b)] = min(a, b) }
                }
            }
            var members: [Int: Set<Int>] = [:], schools: [Int: Set<Int>] = [:]
            for (cell, tools) in filed where tools.count > 1 {
                let group = root(tools[0])
                members[group, default: []].formUnion(tools)
                schools[group, default: []].insert(cell >> 4)
                work += tools.count
            }
            for (group, tools) in members {
                result.append((purpose, tools.sorted(), schools[group, default: []].sorted()))
            }
        }
        return result.sorted { $0.tools[0] < $1.tools[0] }
    }

    /// The tools of `purpose` filed under any school and grade `scope` reaches, other than `except`.
    mutating func tools(of purpose: ToolPurpose, in scope: Scope, except: Int?) -> Set<Int> {
        guard purpose != .other, let filed = cells[purpose] else { return [] }
        var found: Set<Int> = [], looked = 0
        Self.forEachCell(scopeSchools.positions(in: scope), grades: scope.grades, schools: scopeSchools, work: &work) { cell in
            for tool in filed[cell] ?? [] where tool != except {
                looked += 1
                found.insert(tool)
            }
        }
        work += looked
        return found
    }
}
