/**
 * Official documents (quản lý văn bản và điều hành, Decree 30/2020/NĐ-CP): incoming documents registered,
 * assigned and followed to completion; outgoing documents drafted, reviewed, numbered and issued, and
 * delivered at once to recipients inside the installation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package vn.tinhso.document;
