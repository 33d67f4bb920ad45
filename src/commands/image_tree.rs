//! `skiff image tree`: an image's layers as a tree, as podman prints it;
//! with --whatrequires the images built on it, as branches below its top
//! layer.

use super::Context;
use crate::cli::ImageTreeArgs;
use crate::error::Result;
use crate::image::store::{ImageRecord, LayerRecord};
use crate::image::ImageStore;
use crate::output;
use termtree::Tree;

pub fn run(ctx: &Context, args: ImageTreeArgs) -> Result<i32> {
    let store = ImageStore::open(&ctx.paths)?;
    let image = store.lookup(&args.image)?;
    let images = store.list()?;
    output::line(&format!("Image ID: {}", &image.id[..12]));
    output::line(&format!("Tags:     [{}]", image.names.join(" ")));
    output::line(&format!("Size:     {}", size_text(image.size)));
    let tree = if args.whatrequires { dependents_tree(&image, &images) } else { layers_tree(&image, &images) };
    output::line(tree.to_string().trim_end());
    Ok(0)
}

/// podman's sizes here: 4 significant digits, no space before the unit ("1.464MB").
fn size_text(bytes: u64) -> String {
    output::go_size(bytes, 4, false)
}

/// One layer: its short digest, size and the images whose top layer it is.
fn layer_text(layer: &LayerRecord, position: usize, images: &[ImageRecord], chain: &[LayerRecord]) -> String {
    let hex = layer.diff_id.strip_prefix("sha256:").unwrap_or(&layer.diff_id);
    let mut text = format!("ID: {} Size: {:>7}", &hex[..hex.len().min(12)], size_text(layer.size));
    let tops: Vec<&str> = images
        .iter()
        .filter(|i| i.layers.len() == position + 1 && same_layers(&i.layers, &chain[..=position]))
        .flat_map(|i| if i.names.is_empty() { vec![&i.id[..12]] } else { i.names.iter().map(String::as_str).collect() })
        .collect();
    if !tops.is_empty() {
        text.push_str(&format!(" Top Layer of: [{}]", tops.join(" ")));
    }
    text
}

fn same_layers(a: &[LayerRecord], b: &[LayerRecord]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.diff_id == y.diff_id)
}

fn layers_tree(image: &ImageRecord, images: &[ImageRecord]) -> Tree<String> {
    Tree::new("Image Layers".to_string())
        .with_leaves(image.layers.iter().enumerate().map(|(i, layer)| layer_text(layer, i, images, &image.layers)))
}

/// The image's top layer, below it each image whose layers begin with all
/// of this image's, with the layers it adds.
fn dependents_tree(image: &ImageRecord, images: &[ImageRecord]) -> Tree<String> {
    let base = image.layers.len();
    let Some(top) = image.layers.last() else { return Tree::new("Image Layers".to_string()) };
    let children = images
        .iter()
        .filter(|i| i.id != image.id && i.layers.len() > base && same_layers(&i.layers[..base], &image.layers))
        .flat_map(|child| (base..child.layers.len()).map(move |n| (child, n)))
        .filter(|(child, n)| {
            // A layer two children share is shown once, under the first.
            let first = images.iter().find(|i| i.layers.len() > *n && same_layers(&i.layers[..=*n], &child.layers[..=*n]));
            first.is_some_and(|f| f.id == child.id)
        })
        .map(|(child, n)| layer_text(&child.layers[n], n, images, &child.layers));
    Tree::new("Image Layers".to_string()).with_leaves([Tree::new(layer_text(top, base - 1, images, &image.layers)).with_leaves(children)])
}
