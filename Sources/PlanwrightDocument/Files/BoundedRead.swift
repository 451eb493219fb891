#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open file read to its end, but never past a limit: a file that grows while it is read
/// (or was swapped for a bigger one) costs at most the limit plus one byte, never all of it.
/// Shared by the files a plan names (`SourceFiles`) and the output folder's own files.
package enum BoundedRead {
    package enum Outcome {
        case bytes([UInt8])
        /// More than the limit; the number of bytes seen when reading stopped.
        case tooLarge(Int)
        /// read(2) failed with this errno.
        case failed(Int32)
    }

    /// `expected` is the size fstat gave, which sizes the buffer; reading goes one byte past
    /// `limit` so a file that grew since is still recognised.
    package static func read(_ descriptor: Int32, expected: Int, atMost limit: Int) -> Outcome {
        if expected > limit { return .tooLarge(expected) }
        var bytes = [UInt8](repeating: 0, count: max(0, expected) + 1)
        var count = 0
        while count <= limit {
            if count == bytes.count { bytes += [UInt8](repeating: 0, count: min(bytes.count, limit + 1 - count)) }
            let read = bytes.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if read < 0 {
                if errno == EINTR { continue }
                return .failed(errno)
            }
            if read == 0 { break }
            count += read
        }
        if count > limit { return .tooLarge(count) }
        bytes.removeSubrange(count...)
        return .bytes(bytes)
    }

    /// read(2); the enum's own `read` hides the C function's name.
    private static func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(descriptor, buffer, count)
        #else
        Darwin.read(descriptor, buffer, count)
        #endif
    }
}
