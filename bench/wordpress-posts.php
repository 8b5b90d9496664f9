<?php
/**
 * Makes the integration suite's WordPress (scripts/test-wordpress.mjs --serve) hold at least N
 * published posts, for row 5 of the benchmark: each new post is a copy of an existing one (title,
 * content, excerpt, author, category, tags, featured image and language), numbered so it is a
 * post of its own. Prints the ids of all published posts as JSON.
 *
 * Usage: NEWS_WP_CONFIG=… NEWS_WP_HOST=127.0.0.1:PORT php bench/wordpress-posts.php N
 */

$_SERVER['HTTP_HOST']        = getenv( 'NEWS_WP_HOST' );
$_SERVER['SERVER_NAME']      = '127.0.0.1';
$_SERVER['REQUEST_URI']      = '/';
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'NEWS_WP_CONFIG' );

require '/usr/share/wordpress/wp-load.php';

$wanted    = (int) $argv[1];
$published = get_posts( array( 'post_status' => 'publish', 'numberposts' => -1, 'orderby' => 'ID', 'order' => 'ASC' ) );
$ids       = wp_list_pluck( $published, 'ID' );

for ( $copy = 0; count( $ids ) < $wanted; $copy++ ) {
	$original = $published[ $copy % count( $published ) ];
	$id       = wp_insert_post(
		array(
			'post_title'    => $original->post_title . ' · ' . ( intdiv( $copy, count( $published ) ) + 2 ),
			'post_content'  => $original->post_content,
			'post_excerpt'  => $original->post_excerpt,
			'post_status'   => 'publish',
			'post_author'   => $original->post_author,
			'post_date'     => $original->post_date,
			'post_category' => wp_get_post_categories( $original->ID ),
			'tags_input'    => wp_get_post_tags( $original->ID, array( 'fields' => 'names' ) ),
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() . "\n" );
		exit( 1 );
	}
	set_post_thumbnail( $id, get_post_thumbnail_id( $original->ID ) );
	update_post_meta( $id, '_news_lang', get_post_meta( $original->ID, '_news_lang', true ) );
	$ids[] = $id;
}

echo wp_json_encode( array_slice( $ids, 0, $wanted ) ), "\n";
