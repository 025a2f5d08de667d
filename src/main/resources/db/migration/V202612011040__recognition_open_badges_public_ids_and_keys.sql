-- Open Badges addresses name an award by a random public id: sequence numbers let anyone walk through
-- every member's awards.
alter table badge_awards add column public_id uuid not null default gen_random_uuid();
create unique index badge_awards_public_id_idx on badge_awards (public_id);

-- Awards made before this keep their numbered assertion address working (a redirect to the new one),
-- since badges already imported into backpacks point at it; later awards have no numbered address.
alter table badge_awards add column numbered_link boolean not null default false;
update badge_awards set numbered_link = true;

-- Each issuer key is for one algorithm: an RSA key signs VC-JWTs (RS256, which Open Badges 3.0 requires
-- verifiers to support), an Ed25519 key signs Data Integrity proofs (eddsa-rdfc-2022). The P-256 key
-- made before (ES256) no longer signs but stays published for the credentials it signed.
alter table recognition_keys add column algorithm text not null default 'ES256';
