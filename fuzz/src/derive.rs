//! `Arbitrary` for the action types, written by a declarative macro instead of `arbitrary`'s
//! `derive` feature.
//!
//! Why not the derive: `arbitrary` is also a dependency of the node (through wasmtime's
//! cranelift). Turning its `derive` feature on from this crate changes the features of a crate the
//! whole SDK depends on, so `cargo build -p cec-node` and `cargo test --workspace` would each
//! rebuild wasmtime, `sp-io` and everything above them, the runtime included, after the other.
//! With this macro the workspace and the node see one feature set and share every artefact.

/// Defines a non-generic enum or struct and implements `arbitrary::Arbitrary` for it: an enum
/// picks one of its variants with `Unstructured::choose_index` (one input byte modulo the number
/// of variants: near-uniform, the first `256 % n` variants one 256th likelier), then each field
/// from the input in order; a struct takes each field in order. Attributes and docs pass
/// through.
macro_rules! arbitrary_type {
	(
		$(#[$meta:meta])*
		$vis:vis enum $name:ident {
			$(
				$(#[$vmeta:meta])*
				$variant:ident
				$( { $( $(#[$fmeta:meta])* $field:ident : $fty:ty ),* $(,)? } )?
				$( ( $( $(#[$tmeta:meta])* $tty:ty ),* $(,)? ) )?
			),* $(,)?
		}
	) => {
		$(#[$meta])*
		$vis enum $name {
			$(
				$(#[$vmeta])*
				$variant
				$( { $( $(#[$fmeta])* $field : $fty ),* } )?
				$( ( $( $(#[$tmeta])* $tty ),* ) )?
			),*
		}

		impl<'a> arbitrary::Arbitrary<'a> for $name {
			fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
				type Make<'a> =
					fn(&mut arbitrary::Unstructured<'a>) -> arbitrary::Result<$name>;
				let variants: &[Make<'a>] = &[
					$(
						|_u| Ok($name::$variant
							$( { $( $field: <$fty as arbitrary::Arbitrary>::arbitrary(_u)? ),* } )?
							$( ( $( <$tty as arbitrary::Arbitrary>::arbitrary(_u)? ),* ) )?
						)
					),*
				];
				let pick = u.choose_index(variants.len())?;
				match variants.get(pick) {
					Some(make) => make(u),
					None => Err(arbitrary::Error::IncorrectFormat),
				}
			}
		}
	};
	(
		$(#[$meta:meta])*
		$vis:vis struct $name:ident {
			$( $(#[$fmeta:meta])* $fvis:vis $field:ident : $fty:ty ),* $(,)?
		}
	) => {
		$(#[$meta])*
		$vis struct $name {
			$( $(#[$fmeta])* $fvis $field : $fty ),*
		}

		impl<'a> arbitrary::Arbitrary<'a> for $name {
			fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
				Ok($name { $( $field: <$fty as arbitrary::Arbitrary>::arbitrary(u)? ),* })
			}
		}
	};
}
