extension [String] {
    /// The name of the level at `index` on a scale of level names, lowest first: the one lookup
    /// the rating scale, the handouts and the comparison share. A checked plan rates only on its
    /// scale, so `offScale` is what a reader shows were that ever not so.
    package func levelName(_ index: Int, offScale: String = "?") -> String { indices.contains(index) ? self[index] : offScale }
}
