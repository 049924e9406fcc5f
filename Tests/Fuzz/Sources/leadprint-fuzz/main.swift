import Foundation

// `leadprint-fuzz TARGET [libFuzzer options] [CORPUS…]`: the first argument picks the reader to fuzz,
// the rest go to libFuzzer unchanged.
var arguments = CommandLine.arguments
guard arguments.count >= 2, let target = FuzzTarget(rawValue: arguments[1]) else {
    let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
    FileHandle.standardError.write(Data("usage: leadprint-fuzz TARGET [libFuzzer options] [corpus…]; targets: \(names)\n".utf8))
    exit(2)
}
FuzzTarget.selected = target
target.prepare()
arguments.remove(at: 1)

var argc = Int32(arguments.count)
var cStrings: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
let status = cStrings.withUnsafeMutableBufferPointer { buffer -> Int32 in
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = buffer.baseAddress
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOne(data, size) }
}
exit(status)
