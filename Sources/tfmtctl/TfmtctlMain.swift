import TFMTControl

/// `tfmtctl`: all behaviour lives in TFMTControl.
@main
enum TfmtctlMain {
    static func main() async {
        await Tfmtctl.main()
    }
}
