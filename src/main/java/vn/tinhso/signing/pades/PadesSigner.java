package vn.tinhso.signing.pades;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.EncryptionAlgorithm;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pades.SignatureImageTextParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.exception.DSSExternalResourceException;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import vn.tinhso.directory.AgencyDirectory;
import vn.tinhso.directory.AgencySummary;
import vn.tinhso.platform.DomainException;
import vn.tinhso.platform.ProvinceTime;
import vn.tinhso.signing.PdfSigning;
import vn.tinhso.signing.SignaturePlace;
import vn.tinhso.signing.SigningKey;
import vn.tinhso.signing.keys.Certificates;
import vn.tinhso.signing.keys.SigningProperties;

/**
 * PAdES signing with EU DSS: baseline B offline, baseline T when a timestamp authority is configured.
 * The key signs only the CMS signed attributes DSS prepares, so a token or a remote service can do it.
 */
@Service
class PadesSigner implements PdfSigning {

	/** Room for the CMS beyond its certificates: signed attributes, the signature value, and slack. */
	static final int CMS_ROOM = 4 * 1024;
	/** Room for a timestamp token with the authority's certificate chain. */
	static final int TIMESTAMP_ROOM = 8 * 1024;
	static final DateTimeFormatter ISO_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final SignerKeys keys;
	private final AgencyDirectory agencies;
	private final NetworkSources network;
	private final SigningProperties properties;
	private final Clock clock;

	PadesSigner(SignerKeys keys, AgencyDirectory agencies, NetworkSources network, SigningProperties properties,
			Clock clock) {
		this.keys = keys;
		this.agencies = agencies;
		this.network = network;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public byte[] signAsOfficial(long accountId, byte[] pdf, SignaturePlace place, String titleLine) {
		PdfFacts facts = PdfFacts.forSigning(pdf);
		int page = facts.pageIndex(place.page());
		Box block = Box.of(place);
		facts.requireInside(page, block);
		SignerKeys.Signer signer = keys.official(accountId).orElseThrow(() -> DomainException.conflict("signing.no-key"));
		byte[] image = signer.image().orElseThrow(() -> DomainException.conflict("signing.no-image"));
		String name = commonName(signer.key().certificate());
		Appearance appearance = new LeaderBlock(new BlockLayout(block), LeaderBlock.titleLines(titleLine), name, image);
		return sign(pdf, facts.pages().get(page), page, signer.key(), appearance, "Ký số văn bản", name);
	}

	@Override
	public byte[] sealAsAgency(String agencyCode, byte[] pdf, SignaturePlace place) {
		return seal(agencyCode, pdf, place, null);
	}

	@Override
	public byte[] sealAsAgency(String agencyCode, byte[] pdf, SignaturePlace place, String notation) {
		return seal(agencyCode, pdf, place, checkedNotation(notation));
	}

	/** The seal over the leader's image; with a notation, it and the signing time are written under the seal. */
	private byte[] seal(String agencyCode, byte[] pdf, SignaturePlace place, String notation) {
		PdfFacts facts = PdfFacts.forSigning(pdf);
		int page = facts.pageIndex(place.page());
		facts.requireInside(page, Box.of(place));
		SignerKeys.Signer signer = keys.agency(agencyCode).orElseThrow(() -> DomainException.conflict("signing.no-key"));
		byte[] seal = signer.image().orElseThrow(() -> DomainException.conflict("signing.no-image"));
		Instant when = now();
		List<String> lines = notation == null ? List.of()
				: List.of("Số: " + notation, ISO_TIME.format(when.atZone(ProvinceTime.ZONE)));
		Box field = facts.keepInside(page, SealStamp.around(new BlockLayout(Box.of(place)).sealBox(), lines.size()));
		return sign(pdf, facts.pages().get(page), page, signer.key(), new SealStamp(field, seal, lines),
				notation == null ? "Đóng dấu số" : "Đóng dấu số văn bản " + notation, agencyName(agencyCode, signer.key()),
				when);
	}

	private static String checkedNotation(String notation) {
		if (notation == null || notation.isBlank() || notation.length() > 100) {
			throw DomainException.invalid("signing.notation-required");
		}
		return notation.strip();
	}

	@Override
	public byte[] signAttachment(String agencyCode, byte[] pdf, String notation) {
		checkedNotation(notation);
		PdfFacts facts = PdfFacts.forSigning(pdf);
		SignerKeys.Signer signer = keys.agency(agencyCode).orElseThrow(() -> DomainException.conflict("signing.no-key"));
		String agency = agencyName(agencyCode, signer.key());
		Instant when = now();
		Appearance note = new AttachmentNote(AttachmentNote.place(facts.pages().get(0)), agency,
				"Số, ký hiệu: " + notation.strip(), "Thời gian ký: " + ISO_TIME.format(when.atZone(ProvinceTime.ZONE)));
		return sign(pdf, facts.pages().get(0), 0, signer.key(), note, "Ký số tệp đính kèm văn bản " + notation.strip(),
				agency, when);
	}

	@Override
	public boolean canSign(long accountId) {
		return keys.canSign(accountId);
	}

	@Override
	public boolean canSeal(String agencyCode) {
		return keys.canSeal(agencyCode);
	}

	private byte[] sign(byte[] pdf, Box pageBox, int page, SigningKey key, Appearance appearance, String reason,
			String signerName) {
		return sign(pdf, pageBox, page, key, appearance, reason, signerName, now());
	}

	private byte[] sign(byte[] pdf, Box pageBox, int page, SigningKey key, Appearance appearance, String reason,
			String signerName, Instant when) {
		X509Certificate certificate = key.certificate();
		if (!certificate.getNotAfter().after(Date.from(when)) || certificate.getNotBefore().after(Date.from(when))) {
			throw DomainException.conflict("signing.certificate-expired",
					certificate.getNotAfter().toInstant().atZone(ProvinceTime.ZONE).toLocalDate().toString());
		}
		PAdESSignatureParameters parameters = parameters(key.certificateChain(), pageBox, page, appearance, when);
		parameters.setReason(reason);
		parameters.setSignerName(signerName);
		PAdESService service = new PAdESService(offlineVerifier());
		service.setPdfObjFactory(new AppearanceObjectFactory(appearance));
		if (properties.timestamped()) {
			service.setTspSource(network.timestamps());
		}
		DSSDocument document = new InMemoryDocument(pdf, "document.pdf", MimeTypeEnum.PDF);
		try {
			ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
			SignatureAlgorithm algorithm = SignatureAlgorithm.getAlgorithm(
					EncryptionAlgorithm.forKey(certificate.getPublicKey()), DigestAlgorithm.SHA256);
			byte[] value = key.sign(toBeSigned.getBytes(), algorithm.getJCEId());
			return DSSUtils.toByteArray(service.signDocument(document, parameters, new SignatureValue(algorithm, value)));
		}
		catch (DSSExternalResourceException e) {
			throw new DomainException(HttpStatus.SERVICE_UNAVAILABLE, "signing.tsa-unavailable", List.of());
		}
	}

	private PAdESSignatureParameters parameters(List<X509Certificate> chain, Box pageBox, int page, Appearance appearance,
			Instant when) {
		PAdESSignatureParameters parameters = new PAdESSignatureParameters();
		parameters.setSignatureLevel(properties.timestamped() ? SignatureLevel.PAdES_BASELINE_T : SignatureLevel.PAdES_BASELINE_B);
		parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
		parameters.setSigningCertificate(new CertificateToken(chain.get(0)));
		parameters.setCertificateChain(chain.stream().map(CertificateToken::new).toList());
		parameters.bLevel().setSigningDate(Date.from(when));
		parameters.setSigningTimeZone(TimeZone.getTimeZone(ProvinceTime.ZONE));
		parameters.setAppName("TinhSo");
		parameters.setContentSize(contentSize(chain));

		// DSS decides a signature is visible from these, measured from the top-left corner of the page;
		// the appearance itself comes from our drawer.
		Box field = appearance.field();
		SignatureFieldParameters position = new SignatureFieldParameters();
		position.setPage(page + 1);
		position.setOriginX(field.x() - pageBox.x());
		position.setOriginY(pageBox.top() - field.top());
		position.setWidth(field.w());
		position.setHeight(field.h());
		SignatureImageTextParameters text = new SignatureImageTextParameters();
		text.setText("TinhSo");
		SignatureImageParameters visible = new SignatureImageParameters();
		visible.setFieldParameters(position);
		visible.setTextParameters(text);
		parameters.setImageParameters(visible);
		return parameters;
	}

	/** The space reserved in the PDF for the CMS: the signature is written there, as hex, after hashing. */
	private int contentSize(List<X509Certificate> chain) {
		int certificates = 0;
		for (X509Certificate certificate : chain) {
			try {
				certificates += certificate.getEncoded().length;
			}
			catch (java.security.cert.CertificateEncodingException e) {
				throw new IllegalStateException(e);
			}
		}
		return CMS_ROOM + certificates + (properties.timestamped() ? TIMESTAMP_ROOM : 0);
	}

	/** Signing checks the certificate's dates; it fetches nothing. */
	private static CommonCertificateVerifier offlineVerifier() {
		CommonCertificateVerifier verifier = new CommonCertificateVerifier();
		verifier.setAIASource(null);
		verifier.setCrlSource(null);
		verifier.setOcspSource(null);
		return verifier;
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

	private static String commonName(X509Certificate certificate) {
		String cn = Certificates.attribute(certificate.getSubjectX500Principal(), "CN");
		return cn == null ? certificate.getSubjectX500Principal().getName() : cn;
	}

	private String agencyName(String agencyCode, SigningKey key) {
		return agencies.findByCode(agencyCode).map(AgencySummary::name).orElseGet(() -> commonName(key.certificate()));
	}

	static OffsetDateTime provinceTime(Date date) {
		return date == null ? null : date.toInstant().atZone(ProvinceTime.ZONE).toOffsetDateTime();
	}
}
