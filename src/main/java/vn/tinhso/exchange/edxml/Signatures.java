package vn.tinhso.exchange.edxml;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import javax.xml.crypto.AlgorithmMethod;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.KeySelectorException;
import javax.xml.crypto.KeySelectorResult;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.XMLCryptoContext;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import vn.tinhso.exchange.SignatureCheck;
import vn.tinhso.signing.SigningKey;

/**
 * The enveloped XML signature of an edXML message (XMLDSig, RSA-SHA256, exclusive canonicalisation),
 * made and checked with the JDK's own XMLDSig provider. The one reference is the whole document
 * ({@code URI=""}), attachments included, so no part can be changed or added without breaking it; a
 * signature that covers less is reported as invalid rather than trusted for part of the message.
 */
final class Signatures {

	private static final Set<String> ALLOWED_TRANSFORMS = Set.of(Transform.ENVELOPED, CanonicalizationMethod.EXCLUSIVE,
			CanonicalizationMethod.INCLUSIVE);

	private Signatures() {
	}

	/**
	 * Signs the document and places the signature as the last child of {@code parent}. The JDK's XMLDSig
	 * API only signs with a private key it holds, but an agency's key may live in a token that signs
	 * inside itself. So the API builds the signature (digest, canonical SignedInfo, KeyInfo) with a
	 * placeholder key, and the SignatureValue is then replaced by the value the real key gives for the
	 * same canonical SignedInfo bytes: the result is exactly what signing with that key would produce.
	 */
	static void sign(Document document, Element parent, SigningKey key) {
		X509Certificate certificate = key.certificate();
		if (!"RSA".equals(certificate.getPublicKey().getAlgorithm())) {
			throw new IllegalStateException("edXML messages are signed with RSA-SHA256; the key is "
					+ certificate.getPublicKey().getAlgorithm());
		}
		try {
			XMLSignatureFactory f = factory();
			Reference whole = f.newReference("", f.newDigestMethod(DigestMethod.SHA256, null),
					List.of(f.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
							f.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
					null, null);
			SignedInfo info = f.newSignedInfo(
					f.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
					f.newSignatureMethod(SignatureMethod.RSA_SHA256, null), List.of(whole));
			KeyInfoFactory keys = f.getKeyInfoFactory();
			KeyInfo keyInfo = keys.newKeyInfo(List.of(keys.newX509Data(
					List.of(certificate.getSubjectX500Principal().getName(), certificate))));
			DOMSignContext context = new DOMSignContext(Placeholder.KEY, parent);
			context.setDefaultNamespacePrefix("ds");
			XMLSignature signature = f.newXMLSignature(info, keyInfo);
			signature.sign(context);
			byte[] canonical;
			try (InputStream in = signature.getSignedInfo().getCanonicalizedData()) {
				canonical = in.readAllBytes();
			}
			byte[] value = key.sign(canonical, "SHA256withRSA");
			Element valueElement = (Element) parent.getElementsByTagNameNS(XMLSignature.XMLNS, "SignatureValue").item(0);
			valueElement.setTextContent(Base64.getEncoder().encodeToString(value));
		}
		catch (GeneralSecurityException | MarshalException | XMLSignatureException | IOException e) {
			throw new IllegalStateException("Could not sign the edXML message: " + e.getMessage(), e);
		}
	}

	/** A throw-away RSA key, made once, that lets the XMLDSig API lay out a signature the real key then signs. */
	private static final class Placeholder {

		static final PrivateKey KEY = generate();

		private static PrivateKey generate() {
			try {
				KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
				generator.initialize(2048);
				return generator.generateKeyPair().getPrivate();
			}
			catch (GeneralSecurityException e) {
				throw new IllegalStateException(e);
			}
		}
	}

	/** Checks the signature that must be the last part of {@code expectedParent}. */
	static SignatureCheck verify(Document document, Element expectedParent) {
		NodeList found = document.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
		if (found.getLength() == 0) {
			return SignatureCheck.invalid(null, "no signature");
		}
		if (found.getLength() > 1 || found.item(0).getParentNode() != expectedParent) {
			return SignatureCheck.invalid(null, "signature missing from the header or repeated");
		}
		CertificateFromKeyInfo keys = new CertificateFromKeyInfo();
		try {
			DOMValidateContext context = new DOMValidateContext(keys, found.item(0));
			context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
			XMLSignature signature = factory().unmarshalXMLSignature(context);
			String shape = shapeProblem(signature.getSignedInfo());
			if (shape != null) {
				return SignatureCheck.invalid(keys.certificate, shape);
			}
			if (!signature.validate(context)) {
				return SignatureCheck.invalid(keys.certificate, "content or signature value does not match");
			}
			return SignatureCheck.valid(keys.certificate);
		}
		catch (MarshalException | XMLSignatureException | GeneralSecurityException | RuntimeException e) {
			return SignatureCheck.invalid(keys.certificate, "unreadable signature: " + e.getMessage());
		}
	}

	private static String shapeProblem(SignedInfo info) {
		if (!SignatureMethod.RSA_SHA256.equals(info.getSignatureMethod().getAlgorithm())) {
			return "signature algorithm " + info.getSignatureMethod().getAlgorithm() + " is not RSA-SHA256";
		}
		List<?> references = info.getReferences();
		if (references.size() != 1 || !"".equals(((Reference) references.get(0)).getURI())) {
			return "the signature does not cover the whole document";
		}
		for (Object t : ((Reference) references.get(0)).getTransforms()) {
			if (!ALLOWED_TRANSFORMS.contains(((Transform) t).getAlgorithm())) {
				return "transform " + ((Transform) t).getAlgorithm() + " is not allowed";
			}
		}
		return null;
	}

	private static XMLSignatureFactory factory() throws GeneralSecurityException {
		return XMLSignatureFactory.getInstance("DOM", "XMLDSig");
	}

	/** Takes the signer's key from the certificate carried in the signature, and keeps the certificate. */
	private static final class CertificateFromKeyInfo extends KeySelector {

		private X509Certificate certificate;

		@Override
		public KeySelectorResult select(KeyInfo keyInfo, Purpose purpose, AlgorithmMethod method, XMLCryptoContext context)
				throws KeySelectorException {
			if (keyInfo != null) {
				for (Object item : keyInfo.getContent()) {
					if (item instanceof X509Data data) {
						for (Object entry : data.getContent()) {
							if (entry instanceof X509Certificate c) {
								certificate = c;
								PublicKey key = c.getPublicKey();
								return () -> (Key) key;
							}
						}
					}
				}
			}
			throw new KeySelectorException("no X.509 certificate in the signature");
		}
	}
}
