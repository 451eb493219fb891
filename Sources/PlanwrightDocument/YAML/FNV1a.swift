/// The 64-bit FNV-1a hash (Fowler, Noll, Vo): a few lines, no table, the same value on every
/// platform and in every run, unlike Swift's `Hasher`, which is seeded per process. Used where a
/// hash must be stable: duplicate-key detection in the loader, and the suffix that keeps a
/// long or case-colliding id's file name short and unique from build to build.
package enum FNV1a {
    package static func hash64(_ text: inout String) -> UInt64 {
        text.withUTF8 { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            return hash
        }
    }
}
