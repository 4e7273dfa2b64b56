package jp.konbini.render.paper;

/**
 * The measured figures of the paper-security grid (see {@link PaperTrials}); shares are 0..1, tone
 * differences in luminance (1 = white).
 */
public record PaperFigures(
        int scanTrials,
        double decodedShare,
        double meanMisplacedBlocks,
        double worstMisplacedBlocks,
        double meanSsim,
        double minSsim,
        double sealValidShare,
        double meanLatentGenuine,
        double minLatentGenuine,
        int copyTrials,
        double maxLatentCopy,
        double meanLatentCopy,
        double latentEyeToneDifference,
        double maxBackgroundEyeToneDifference,
        double minBackgroundCopyToneDifference,
        double maxBackgroundSurviving,
        double minBackgroundCopyCorrelation,
        int swappedCodes,
        int swappedCodesRejected) {
}
