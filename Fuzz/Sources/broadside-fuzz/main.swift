import BroadsideCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzInput.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
