package vn.tinhso.signing.pades;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import eu.europa.esig.dss.alert.SilentOnStatusAlert;
import eu.europa.esig.dss.diagnostic.CertificateRevocationWrapper;
import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.TimestampWrapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.enumerations.TokenExtractionStrategy;
import eu.europa.esig.dss.jaxb.object.Message;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.policy.ValidationPolicy;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.policy.ValidationPolicyLoader;
import eu.europa.esig.dss.validation.reports.Reports;
import org.springframework.stereotype.Service;

import vn.tinhso.signing.PdfVerification;
import vn.tinhso.signing.SignatureCheck;
import vn.tinhso.signing.VerificationReport;
import vn.tinhso.signing.keys.DemoAuthority;

/**
 * Verifies with DSS under its default ETSI policy. On top of the indication it reports, in plain
 * terms: integrity, trust, revocation, and whether anything but later signatures came after a
 * signature (DSS compares each signed revision with the final document).
 */
@Service
class PadesVerifier implements PdfVerification {

	/** DSS's default policy (ETSI EN 319 102-1), parsed once: it is read, never changed, while validating. */
	private static final ValidationPolicy POLICY = ValidationPolicyLoader.fromDefaultValidationPolicy().create();

	private final TrustAnchors anchors;
	private final NetworkSources network;
	private final DemoAuthority demo;

	PadesVerifier(TrustAnchors anchors, NetworkSources network, DemoAuthority demo) {
		this.anchors = anchors;
		this.network = network;
		this.demo = demo;
	}

	@Override
	public VerificationReport verify(byte[] pdf) {
		PdfFacts.read(pdf);
		PDFDocumentValidator validator = new PDFDocumentValidator(new InMemoryDocument(pdf, "document.pdf", MimeTypeEnum.PDF));
		validator.setCertificateVerifier(verifier());
		validator.setTokenExtractionStrategy(TokenExtractionStrategy.NONE);
		Reports reports = validator.validateDocument(POLICY);
		SimpleReport simple = reports.getSimpleReport();
		DiagnosticData diagnostic = reports.getDiagnosticData();
		List<SignatureCheck> checks = diagnostic.getSignatures().stream()
				.sorted(Comparator.comparing(PadesVerifier::signedUpTo))
				.map(signature -> check(signature, simple, pdf.length)).toList();
		boolean allValid = checks.stream().allMatch(c -> c.passed() && c.intact() && c.coversWholeDocument());
		return new VerificationReport(checks, allValid);
	}

	private CommonCertificateVerifier verifier() {
		CommonCertificateVerifier verifier = new CommonCertificateVerifier();
		CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
		anchors.current().forEach(certificate -> trusted.addCertificate(new CertificateToken(certificate)));
		verifier.setTrustedCertSources(trusted);
		NetworkSources.Revocation online = network.revocation();
		verifier.setCrlSource(new DemoCrlSource(demo, online.crl()));
		verifier.setOcspSource(online.ocsp());
		verifier.setAIASource(online.aia());
		// Verifying reports what it finds; none of this should throw.
		verifier.setAlertOnMissingRevocationData(new SilentOnStatusAlert());
		verifier.setAlertOnRevokedCertificate(new SilentOnStatusAlert());
		verifier.setAlertOnInvalidTimestamp(new SilentOnStatusAlert());
		verifier.setAlertOnNoRevocationAfterBestSignatureTime(new SilentOnStatusAlert());
		verifier.setAlertOnUncoveredPOE(new SilentOnStatusAlert());
		verifier.setAlertOnExpiredCertificate(new SilentOnStatusAlert());
		verifier.setAlertOnNotYetValidCertificate(new SilentOnStatusAlert());
		verifier.setAlertOnInvalidSignature(new SilentOnStatusAlert());
		return verifier;
	}

	private static SignatureCheck check(SignatureWrapper signature, SimpleReport simple, long length) {
		String id = signature.getId();
		CertificateWrapper signer = signature.getSigningCertificate();
		Indication indication = simple.getIndication(id);
		TimestampWrapper timestamp = signature.getSignatureTimestamps().stream()
				.min(Comparator.comparing(TimestampWrapper::getProductionTime)).orElse(null);
		return new SignatureCheck(
				signer != null && signer.getCommonName() != null ? signer.getCommonName() : simple.getSignedBy(id),
				signer == null ? null : signer.getOrganizationName(),
				PadesSigner.provinceTime(signature.getClaimedSigningTime()),
				simple.getSignatureFormat(id) == null ? null : simple.getSignatureFormat(id).toString(),
				signature.isSignatureIntact() && signature.isSignatureValid(),
				signer != null && signature.isTrustedChain(),
				revocation(signer),
				coversWholeDocument(signature, length),
				indication == null ? Indication.INDETERMINATE.name() : indication.name(),
				detail(simple.getSubIndication(id), simple.getAdESValidationErrors(id)),
				timestamp == null ? null : PadesSigner.provinceTime(timestamp.getProductionTime()));
	}

	/**
	 * True when the signature's byte range reaches the end of the file, or when what follows holds only
	 * later signatures, form fill and validation data: no new page, no changed content, no other annotation.
	 */
	private static boolean coversWholeDocument(SignatureWrapper signature, long length) {
		if (signedUpTo(signature) >= length) {
			return true;
		}
		return signature.getPdfUndefinedChanges().isEmpty() && signature.getPdfAnnotationChanges().isEmpty()
				&& signature.getPdfPageDifferenceConcernedPages().isEmpty()
				&& signature.getPdfVisualDifferenceConcernedPages().isEmpty();
	}

	private static long signedUpTo(SignatureWrapper signature) {
		List<BigInteger> range = signature.getSignatureByteRange();
		if (range == null || range.size() != 4) {
			return 0;
		}
		return range.get(2).add(range.get(3)).longValue();
	}

	private static String revocation(CertificateWrapper signer) {
		if (signer == null || signer.getCertificateRevocationData().isEmpty()) {
			return "UNKNOWN";
		}
		List<CertificateRevocationWrapper> data = signer.getCertificateRevocationData();
		if (data.stream().anyMatch(CertificateRevocationWrapper::isRevoked)) {
			return "REVOKED";
		}
		return data.stream().anyMatch(r -> r.getStatus() != null && r.getStatus().isGood()) ? "GOOD" : "UNKNOWN";
	}

	private static String detail(SubIndication sub, List<Message> errors) {
		String messages = errors.stream().map(Message::getValue).limit(2).collect(Collectors.joining("; "));
		if (sub == null) {
			return messages;
		}
		return messages.isEmpty() ? sub.name() : sub.name() + ": " + messages;
	}
}
