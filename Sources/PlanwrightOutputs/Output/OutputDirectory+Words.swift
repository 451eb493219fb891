import PlanwrightDocument

extension OutputDirectory.Summary {
    /// The line `build` ends with: "wrote 159 files to out, removed 2 stale ones; open
    /// out/plan.html and out/schools/lincoln.html". The counts are digits alone, as the line has
    /// always written them; `firstSchool` is the id of the school whose page is named, if any.
    public func wrote(to out: String, firstSchool: String?) -> Message {
        Message("build_wrote_files", count: written, [
            "files": .text(String(written)), "out": .text(out),
            "removed": removed.isEmpty ? .text("")
                : .message(Message("build_removed_stale", count: removed.count, ["removed": .text(String(removed.count))])),
            "school": firstSchool.map { .message(Message("build_and_school_page", ["out": .text(out), "id": .text($0)])) } ?? .text(""),
        ])
    }
}
