package com.example.blog;

import jakarta.persistence.*;
import java.util.*;

@Entity
public class VideoPost extends Post {
  Integer seconds;
}
