-- A draft uploaded as a Word file (.docx) is converted to PDF by the platform; the PDF is the DRAFT
-- revision and the original Word file is kept beside it, with the same revision number, as SOURCE.
alter table document_file drop constraint document_file_purpose_check;
alter table document_file add constraint document_file_purpose_check
    check (purpose in ('MAIN', 'ATTACHMENT', 'DRAFT', 'SOURCE'));
