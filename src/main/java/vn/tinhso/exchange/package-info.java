/**
 * Exchange (liên thông văn bản): official documents leave and enter the installation as edXML packages
 * (QCVN 102:2016), signed with XMLDSig, and their handling is reported back with edXML status messages.
 * Partners (other installations, the national document axis) are registered by system administrators
 * with an API key, the organs they speak for and the address that receives our packages. Outgoing
 * packages are delivered after the sender's transaction commits and retried with backoff through the
 * event publication registry, so a delivery owed before a restart still happens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exchange")
package vn.tinhso.exchange;
