-- Metadata of content-addressed files; the bytes live in the file store under their SHA-256.
create table stored_file (
    sha256     char(64)     primary key,
    size       bigint       not null check (size > 0),
    media_type varchar(100) not null,
    created_at timestamptz  not null default now()
);
