import Glibc

extension UnsafeBufferPointer<UInt8> {
    /// The index of the first `byte` at `start` or after it, found by memchr at the speed of memory;
    /// nil when there is none.
    func firstIndex(of byte: UInt8, from start: Int) -> Int? {
        guard start < count, let base = baseAddress, let found = memchr(base + start, Int32(byte), count - start)
        else { return nil }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }
}
